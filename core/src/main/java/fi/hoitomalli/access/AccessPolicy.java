package fi.hoitomalli.access;

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

    /** A policy that denies everything (useful as a safe default). */
    static AccessPolicy denyAll() {
        return (actor, resource) -> new AccessDecision.Denied("deny by default");
    }
}
