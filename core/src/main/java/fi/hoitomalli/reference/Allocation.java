package fi.hoitomalli.reference;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.Comparator;

/** Splits a whole number by weights so that the parts add up exactly (largest remainder method). */
final class Allocation {

    private Allocation() {
    }

    /**
     * Parts of {@code total} proportional to {@code weights} that sum to {@code total}; remainders go to
     * the largest fractions, ties to the lower index.
     */
    static int[] largestRemainder(int total, double[] weights) {
        checkArgument(total >= 0, "total must not be negative: %s", total);
        int[] out = new int[weights.length];
        if (weights.length == 0) {
            checkArgument(total == 0, "cannot split %s over no parts", total);
            return out;
        }
        double sum = Arrays.stream(weights).sum();
        checkArgument(sum > 0, "weights must have a positive sum");
        double[] fraction = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            out[i] = (int) Math.floor(exact);
            fraction[i] = exact - out[i];
            given += out[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -fraction[i]).thenComparingInt(i -> i));
        for (int k = 0; given < total; k = (k + 1) % order.length) {
            out[order[k]]++;
            given++;
        }
        return out;
    }
}
