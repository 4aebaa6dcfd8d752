package fi.hoitomalli.forms;

import java.util.Objects;

/** Something that happens to a recorded feedback; applied with {@link FeedbackReport#apply}. */
public sealed interface FeedbackEvent permits FeedbackEvent.Respond, FeedbackEvent.Close {

    /** The event's name in messages. */
    String name();

    /**
     * The feedback is answered.
     *
     * @param response the answer
     */
    record Respond(Response response) implements FeedbackEvent {
        public Respond {
            Objects.requireNonNull(response, "response must not be null");
        }

        @Override
        public String name() {
            return "respond";
        }
    }

    /**
     * The feedback is closed.
     *
     * @param closure the closing, possibly with a follow-up
     */
    record Close(Closure closure) implements FeedbackEvent {
        public Close {
            Objects.requireNonNull(closure, "closure must not be null");
        }

        @Override
        public String name() {
            return "close";
        }
    }
}
