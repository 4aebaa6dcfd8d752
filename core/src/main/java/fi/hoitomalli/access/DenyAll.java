package fi.hoitomalli.access;

import java.util.Objects;

/** {@link AccessPolicy#denyAll()}: denies every resource, so its read scope is nothing. */
enum DenyAll implements AccessPolicy {
    INSTANCE;

    @Override
    public AccessDecision decide(Actor actor, Resource resource) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(resource, "resource must not be null");
        return new AccessDecision.Denied("deny by default");
    }

    @Override
    public ReadScope readScope(Actor actor, RecordKind kind) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        return ReadScope.nothing();
    }
}
