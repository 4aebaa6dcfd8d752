package fi.hoitomalli.forms;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one dimension's value of a feedback into a small int code, so that groups are found by array
 * index instead of by hashing composite keys. Enum dimensions use the ordinal, date dimensions a table
 * per day of the period, id dimensions a dictionary. Used while one summary is computed; not thread-safe.
 */
abstract class DimensionCodes {

    /** The code of the feedback's value, 0 ≤ code. */
    abstract int code(FeedbackDetails details);

    /** How many codes exist (an upper bound for enums and dates, exact after encoding for ids). */
    abstract int size();

    /** The label of a code in summary keys. */
    abstract String label(int code);

    static DimensionCodes of(Dimension dimension, DateRange range) {
        return switch (dimension) {
            case ROLE -> new Ordinals(fi.hoitomalli.customer.Role.values()) {
                @Override
                int code(FeedbackDetails d) {
                    return d.segment().role().ordinal();
                }
            };
            case KIND -> new Ordinals(FeedbackKind.values()) {
                @Override
                int code(FeedbackDetails d) {
                    return d.kind().ordinal();
                }
            };
            case REASON -> new Ordinals(FeedbackReason.values()) {
                @Override
                int code(FeedbackDetails d) {
                    return d.reason().ordinal();
                }
            };
            case CHANNEL -> new Ordinals(FeedbackChannel.values()) {
                @Override
                int code(FeedbackDetails d) {
                    return d.channel().ordinal();
                }
            };
            case MONTH -> new Days(range, day -> String.format("%04d-%02d", day.getYear(), day.getMonthValue()));
            case ISO_WEEK -> new Days(range, day -> String.format("%04d-W%02d",
                    day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            case TEAM -> new Dictionary(d -> d.team().value());
            case SECTOR -> new Dictionary(d -> d.segment().sector().value());
            case AGREEMENT -> new Dictionary(d -> d.segment().agreement().isPresent()
                    ? d.segment().agreement().get().value() : FeedbackSummaries.NONE);
        };
    }

    /** Enum values by ordinal. */
    private abstract static class Ordinals extends DimensionCodes {
        private final Enum<?>[] values;

        Ordinals(Enum<?>[] values) {
            this.values = values;
        }

        @Override
        int size() {
            return values.length;
        }

        @Override
        String label(int code) {
            return values[code].name();
        }
    }

    /** A date-derived label, precomputed for every day of the period. */
    private static final class Days extends DimensionCodes {
        private final long first;
        private final int[] codeOfDay;
        private final List<String> labels = new ArrayList<>();

        Days(DateRange range, java.util.function.Function<LocalDate, String> labelOf) {
            this.first = range.from().toEpochDay();
            this.codeOfDay = new int[(int) range.days()];
            Map<String, Integer> codes = new HashMap<>();
            for (int i = 0; i < codeOfDay.length; i++) {
                String label = labelOf.apply(LocalDate.ofEpochDay(first + i));
                codeOfDay[i] = codes.computeIfAbsent(label, l -> {
                    labels.add(l);
                    return labels.size() - 1;
                });
            }
        }

        @Override
        int code(FeedbackDetails details) {
            return codeOfDay[(int) (details.received().toEpochDay() - first)];
        }

        @Override
        int size() {
            return labels.size();
        }

        @Override
        String label(int code) {
            return labels.get(code);
        }
    }

    /** Ids, numbered in the order first seen. */
    private static final class Dictionary extends DimensionCodes {
        private final java.util.function.Function<FeedbackDetails, String> valueOf;
        private final Map<String, Integer> codes = new HashMap<>();
        private final List<String> labels = new ArrayList<>();

        Dictionary(java.util.function.Function<FeedbackDetails, String> valueOf) {
            this.valueOf = valueOf;
        }

        @Override
        int code(FeedbackDetails details) {
            String value = valueOf.apply(details);
            Integer code = codes.get(value);
            if (code == null) {
                code = labels.size();
                codes.put(value, code);
                labels.add(value);
            }
            return code;
        }

        @Override
        int size() {
            return labels.size();
        }

        @Override
        String label(int code) {
            return labels.get(code);
        }
    }
}
