package fi.hoitomalli.team;

import java.util.Optional;

/**
 * The escalation chain of hard questions (CP-2): secretary → team lead → HR services manager →
 * labour-market lawyer. Questions of the employer's interpretation go to the sector HR unit instead,
 * which is a redirection, not a level of this chain.
 */
public enum EscalationLevel {
    SECRETARY,
    TEAM_LEAD,
    HR_SERVICES_MANAGER,
    LABOUR_MARKET_LAWYER;

    /** The next level up; empty at the top of the chain. */
    public Optional<EscalationLevel> next() {
        int next = ordinal() + 1;
        return next < values().length ? Optional.of(values()[next]) : Optional.empty();
    }
}
