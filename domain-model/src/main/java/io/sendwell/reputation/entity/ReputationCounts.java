package io.sendwell.reputation.entity;

/**
 * What one sender did in one window. Only hard bounces count, as in SES's own bounce rate: soft
 * bounces are retried by SES and say nothing about list quality.
 *
 * <p>The complaint rate divides by delivered messages, because only a delivered message can draw a
 * complaint; the bounce rate divides by sent messages, as SES does.
 */
public record ReputationCounts(long sent, long delivered, long hardBounces, long complaints) {

    public static final ReputationCounts NONE = new ReputationCounts(0, 0, 0, 0);

    public ReputationCounts {
        requireNotNegative("sent", sent);
        requireNotNegative("delivered", delivered);
        requireNotNegative("hardBounces", hardBounces);
        requireNotNegative("complaints", complaints);
    }

    public double bounceRate() {
        return ratio(hardBounces, sent);
    }

    public double complaintRate() {
        return ratio(complaints, delivered);
    }

    /** Whether enough mail went out for the rates to mean something (three bounces in ten sends do not). */
    public boolean isRepresentative(long minimumVolume) {
        return sent >= minimumVolume;
    }

    public ReputationCounts plus(ReputationCounts other) {
        return new ReputationCounts(sent + other.sent, delivered + other.delivered,
                hardBounces + other.hardBounces, complaints + other.complaints);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    private static void requireNotNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }
}
