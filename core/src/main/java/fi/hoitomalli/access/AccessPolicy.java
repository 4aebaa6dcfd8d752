package fi.hoitomalli.access;

import java.util.Objects;

/**
 * Port and rule AX-1: decides whether an actor may read a resource. Implementations deny by default:
 * whatever they do not explicitly allow is denied. Stores apply it to every query that takes an actor.
 * {@link CareModelAccessPolicy} is the care model's policy; an embedding system may wrap it.
 */
@FunctionalInterface
public interface AccessPolicy {

    /**
     * The decision for the actor and resource.
     *
     * @throws NullPointerException if either is null
     */
    AccessDecision decide(Actor actor, Resource resource);

    /** Whether the actor may read the resource. */
    default boolean mayRead(Actor actor, Resource resource) {
        return decide(actor, resource).allowed();
    }

    /**
     * The records of the kind the actor may read, as a scope a store can put into its query. A
     * {@link ReadScope.Known} answer is a promise: for every record {@code r} of the kind,
     * {@code scope.admits(r) == mayRead(actor, r)} at the moment of asking. Stores still ask
     * {@link #mayRead} about each record the scope lets through, so a too wide scope costs time, not
     * secrecy; a too narrow one hides records. The default answers {@link ReadScope.Unknown}, so a policy
     * that only implements {@link #decide} keeps working: stores then ask about every candidate record.
     *
     * @throws NullPointerException if either argument is null
     */
    default ReadScope readScope(Actor actor, RecordKind kind) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        return new ReadScope.Unknown();
    }

    /** A policy that denies everything (useful as a safe default); its read scope is always nothing. */
    static AccessPolicy denyAll() {
        return DenyAll.INSTANCE;
    }
}
