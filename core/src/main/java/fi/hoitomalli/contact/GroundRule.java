package fi.hoitomalli.contact;

import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.common.Messages;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ground rules (pelisäännöt) and the contact-path rules, each one named, testable
 * rule object. The constants are declared in <b>evaluation order</b>: {@link Routing} asks each in turn
 * whether it {@link #appliesTo applies} and the first that does decides. The order puts documenting
 * conflicting contacts first, then the rules that keep us out of supervisor–employee conflicts, then
 * reports, redirections of questions that are not ours, escalation, and finally the answering rules;
 * {@link #GR_2} applies to every inquiry, so every inquiry gets exactly one decision.
 *
 * <p>Ids GR-1 … GR-16 number the rules in the order the source lists them (general rules GR-1–GR-4,
 * supervisors GR-5–GR-10, employees GR-11–GR-16); CP-1 and CP-2 are the contact path. Each rule is
 * restated in docs/rules.md.
 */
public enum GroundRule {

    /** GR-16: conflicting customer contacts are documented and reported to our team lead. */
    GR_16("GR-16") {
        @Override
        public boolean appliesTo(Inquiry inquiry) {
            return inquiry.contentious();
        }

        @Override
        Decision decide(Inquiry inquiry, RuleContext context) {
            return new Decision.DocumentAndReport(this,
                    Optional.of(recordOf(RecordKind.CHALLENGING_SITUATION, inquiry, context, "record.GR-16")),
                    List.of(ReportRecipient.TEAM_LEAD), Optional.empty(), text("report.GR-16"));
        }
    },

    /**
     * GR-12: before advising an employee, check whether a conflict with the supervisor is going on; if
     * one is suspected we do not send the employee back into it, nor take sides: shop stewards and unions
     * advise.
     */
    GR_12("GR-12") {
        @Override
        public boolean appliesTo(Inquiry inquiry) {
            return inquiry.asker() == Asker.EMPLOYEE && inquiry.conflictWithSupervisorSuspected();
        }

        @Override
        Decision decide(Inquiry inquiry, RuleContext context) {
            return new Decision.Redirect(this, RedirectTarget.SHOP_STEWARDS_AND_UNIONS, text("reason.GR-12"));
        }
    },

    /**
     * GR-4: we are always professional towards the customer: feedback on our service is received without
     * argument and documented on the feedback form, so that it gets a reaction.
     */
    GR_4("GR-4") {
        @Override
        public boolean appliesTo(Inquiry inquiry) {
            return inquiry.topic() == Topic.SERVICE_FEEDBACK;
        }

        @Override
        Decision decide(Inquiry inquiry, RuleContext context) {
            return new Decision.DocumentAndReport(this,
                    Optional.of(recordOf(RecordKind.CUSTOMER_FEEDBACK, inquiry, context, "record.GR-4")),
                    List.of(), Optional.empty(), text("report.GR-4"));
        }
    },

    /**
     * GR-8: wrongly signed contracts and appointments are reported politely to the supervisor and to our
     * team lead, who informs the sector's HR manager.
     */
    GR_8("GR-8") {
        @Override
        public boolean appliesTo(Inquiry inquiry) {
            return inquiry.topic() == Topic.SIGNED_CONTRACT_ERROR;
        }

        @Override
        Decision decide(Inquiry inquiry, RuleContext context) {
            return new Decision.DocumentAndReport(this, Optional.empty(),
                    List.of(ReportRecipient.SUPERVISOR_CONCERNED, ReportRecipient.TEAM_LEAD),
                    Optional.of(ReportRecipient.SECTOR_HR_MANAGER), text("report.GR-8"));
        }
    },

    /** GR-10: repeated or otherwise serious errors go to our team lead, who takes them to the sector's HR manager. */
    GR_10("GR-10") {
        @Override
        public boolean appliesTo(Inquiry inquiry) {
            return inquiry.topic() == Topic.REPEATED_OR_SERIOUS_ERRORS;
        }

        @Override
        Decision decide(Inquiry inquiry, RuleContext context) {
            return new Decision.DocumentAndReport(this, Optional.empty(), List.of(ReportRecipient.TEAM_LEAD),
                    Optional.of(ReportRecipient.SECTOR_HR_MANAGER), text("report.GR-10"));
        }
    },

    /** CP-1: questions needing the employer's interpretation go to the sector HR unit. */
    CP_1("CP-1") {
        @Override
        public boolean appliesTo(Inquiry inquiry) {
            return inquiry.topic() == Topic.EMPLOYER_INTERPRETATION;
        }

        @Override
        Decision decide(Inquiry inquiry, RuleContext context) {
            return new Decision.Redirect(this, RedirectTarget.SECTOR_HR_UNIT, text("reason.CP-1"));
        }
    },

    /**
     * GR-5: supervisors' questions on job titles, on pay when the level is not known and on
     * qualification requirements go to the sector HR unit, or to Employer services when several sectors
     * or central administration are concerned.
     */
    GR_5("GR-5") {
        @Override
        public boolean appliesTo(Inquiry inquiry) {
            return inquiry.asker().managesPeople() && SECTOR_QUESTIONS.contains(inquiry.topic());
        }

        @Override
        Decision decide(Inquiry inquiry, RuleContext context) {
            return inquiry.concernsSeveralSectors()
                    ? new Decision.Redirect(this, RedirectTarget.EMPLOYER_SERVICES, text("reason.GR-5.employerServices"))
                    : new Decision.Redirect(this, RedirectTarget.SECTOR_HR_UNIT, text("reason.GR-5.sectorHrUnit"));
        }
    },

    /**
     * GR-3: questions that are not ours at all are politely redirected: qualification requirements to
     * the sector HR unit, taxation to the tax office.
     */
    GR_3("GR-3") {
        @Override
        public boolean appliesTo(Inquiry inquiry) {
            return inquiry.topic() == Topic.QUALIFICATION_REQUIREMENTS || inquiry.topic() == Topic.TAXATION;
        }

        @Override
        Decision decide(Inquiry inquiry, RuleContext context) {
            return inquiry.topic() == Topic.TAXATION
                    ? new Decision.Redirect(this, RedirectTarget.TAX_OFFICE, text("reason.GR-3.taxation"))
                    : new Decision.Redirect(this, RedirectTarget.SECTOR_HR_UNIT, text("reason.GR-3.qualification"));
        }
    },

    /** GR-14: we do not calculate future earnings (e.g. for tax-card changes): the tax office helps. */
    GR_14("GR-14") {
        @Override
        public boolean appliesTo(Inquiry inquiry) {
            return inquiry.topic() == Topic.FUTURE_EARNINGS;
        }

        @Override
        Decision decide(Inquiry inquiry, RuleContext context) {
            return new Decision.Redirect(this, RedirectTarget.TAX_OFFICE, text("reason.GR-14"));
        }
    },

    /**
     * GR-13: we never take the employee's side: in disputes about applying the collective agreement,
     * shop stewards and unions advise the employee.
     */
    GR_13("GR-13") {
        @Override
        public boolean appliesTo(Inquiry inquiry) {
            return inquiry.asker() == Asker.EMPLOYEE && inquiry.topic() == Topic.AGREEMENT_DISPUTE;
        }

        @Override
        Decision decide(Inquiry inquiry, RuleContext context) {
            return new Decision.Redirect(this, RedirectTarget.SHOP_STEWARDS_AND_UNIONS, text("reason.GR-13"));
        }
    },

    /** GR-15: salary unpaid because of the supervisor's neglect: the employee contacts the supervisor. */
    GR_15("GR-15") {
        @Override
        public boolean appliesTo(Inquiry inquiry) {
            return inquiry.asker() == Asker.EMPLOYEE && inquiry.topic() == Topic.UNPAID_SALARY_SUPERVISOR_NEGLECT;
        }

        @Override
        Decision decide(Inquiry inquiry, RuleContext context) {
            return new Decision.Redirect(this, RedirectTarget.OWN_SUPERVISOR, text("reason.GR-15"));
        }
    },

    /**
     * GR-11: questions that involve discretion or that the supervisor decides unilaterally (timing of
     * leave, discretionary time off, pay) — the employee talks to the own supervisor (the contact path
     * of the care model: employee → supervisor → secretary).
     */
    GR_11("GR-11") {
        @Override
        public boolean appliesTo(Inquiry inquiry) {
            return inquiry.asker() == Asker.EMPLOYEE && inquiry.discretionary();
        }

        @Override
        Decision decide(Inquiry inquiry, RuleContext context) {
            return new Decision.Redirect(this, RedirectTarget.OWN_SUPERVISOR, text("reason.GR-11"));
        }
    },

    /**
     * CP-2: a question its holder cannot resolve goes one level up the chain — secretary → team
     * lead → HR services manager → labour-market lawyer. At the top there is no level left: the
     * lawyer finds out and GR-2 applies, so escalation always ends.
     */
    CP_2("CP-2") {
        @Override
        public boolean appliesTo(Inquiry inquiry) {
            return inquiry.knowledge() == Knowledge.BEYOND_LEVEL && inquiry.level().next().isPresent();
        }

        @Override
        Decision decide(Inquiry inquiry, RuleContext context) {
            return new Decision.Escalate(this, inquiry.level(), inquiry.level().next().orElseThrow(),
                    context.escalationPromise(inquiry));
        }
    },

    /**
     * GR-1: we keep reachable (call transfer, pick-up, voicemail): a voicemail message is always returned
     * by calling back within the response time.
     */
    GR_1("GR-1") {
        @Override
        public boolean appliesTo(Inquiry inquiry) {
            return inquiry.channel() == Channel.VOICEMAIL;
        }

        @Override
        Decision decide(Inquiry inquiry, RuleContext context) {
            return callBack(this, "guidance.GR-1", inquiry, context);
        }
    },

    /**
     * GR-9: if the signed contract or appointment has not arrived, we tell the supervisor politely that
     * pay cannot be released before it does.
     */
    GR_9("GR-9") {
        @Override
        public boolean appliesTo(Inquiry inquiry) {
            return inquiry.topic() == Topic.PAY_WITHOUT_SIGNED_CONTRACT;
        }

        @Override
        Decision decide(Inquiry inquiry, RuleContext context) {
            return new Decision.AnswerNow(this, text("guidance.GR-9"), inquiry.topic().selfService());
        }
    },

    /**
     * GR-6: a supervisor who cannot make a contract or appointment in Palvelukseenotto, or use the HR
     * desktop, gets our support, and we check the result.
     */
    GR_6("GR-6") {
        @Override
        public boolean appliesTo(Inquiry inquiry) {
            return inquiry.asker().managesPeople() && inquiry.knowledge() == Knowledge.KNOWS
                    && (inquiry.topic() == Topic.CONTRACT_OR_APPOINTMENT || inquiry.topic() == Topic.HR_DESKTOP_USE);
        }

        @Override
        Decision decide(Inquiry inquiry, RuleContext context) {
            return new Decision.AnswerNow(this, text("guidance.GR-6"), inquiry.topic().selfService());
        }
    },

    /**
     * GR-7: before a contract or appointment is signed we make sure the pay is right and the right pricing
     * codes and grounds for a fixed term are used.
     */
    GR_7("GR-7") {
        @Override
        public boolean appliesTo(Inquiry inquiry) {
            return inquiry.asker().managesPeople() && inquiry.knowledge() == Knowledge.KNOWS
                    && inquiry.topic() == Topic.CONTRACT_CHECK_BEFORE_SIGNING;
        }

        @Override
        Decision decide(Inquiry inquiry, RuleContext context) {
            return new Decision.AnswerNow(this, text("guidance.GR-7"), inquiry.topic().selfService());
        }
    },

    /**
     * GR-2: we answer at once when we know; if we don't know, we say we will find out and call back —
     * a promise due by the response-time policy. Applies to every inquiry: the last resort.
     */
    GR_2("GR-2") {
        @Override
        public boolean appliesTo(Inquiry inquiry) {
            return true;
        }

        @Override
        Decision decide(Inquiry inquiry, RuleContext context) {
            if (inquiry.knowledge() == Knowledge.KNOWS) {
                return new Decision.AnswerNow(this, text("guidance.GR-2.answer"), inquiry.topic().selfService());
            }
            return callBack(this, "guidance.GR-2.callBack", inquiry, context);
        }
    };

    private static final Set<Topic> SECTOR_QUESTIONS =
            EnumSet.of(Topic.JOB_TITLE, Topic.PAY_LEVEL, Topic.QUALIFICATION_REQUIREMENTS);

    private final String id;

    GroundRule(String id) {
        this.id = id;
    }

    /** The rule's id, e.g. {@code "GR-11"}, as used in tests, violations and the README. */
    public String id() {
        return id;
    }

    /** The rule in one line, in fi/sv/en. */
    public LocalizedText title() {
        return text("rule." + id);
    }

    /**
     * Whether the rule applies to the inquiry on its own, regardless of the rules before it in the
     * evaluation order.
     *
     * @throws NullPointerException if the inquiry is null
     */
    public abstract boolean appliesTo(Inquiry inquiry);

    /** The rule's decision for an inquiry it applies to. */
    abstract Decision decide(Inquiry inquiry, RuleContext context);

    /**
     * The rule with the id.
     *
     * @throws IllegalArgumentException if no rule has the id
     */
    public static GroundRule ofId(String id) {
        for (GroundRule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown ground rule id: " + id);
    }

    private static LocalizedText text(String key) {
        return Messages.text("fi.hoitomalli.contact." + key);
    }

    private static RecordRequest recordOf(RecordKind kind, Inquiry inquiry, RuleContext context, String key) {
        return new RecordRequest(kind, inquiry.secretary(), context.date(inquiry.receivedAt()), inquiry.id(),
                text(key));
    }

    private static Decision callBack(GroundRule rule, String key, Inquiry inquiry, RuleContext context) {
        CallbackPromise.Open promise = context.answerPromise(inquiry);
        LocalizedText guidance = Messages.text("fi.hoitomalli.contact." + key, "due",
                context.local(promise.terms().due()));
        return new Decision.CallBack(rule, promise, guidance, inquiry.topic().selfService());
    }
}
