package io.sendwell.reputation.entity;

import java.util.Locale;

/**
 * How many recipients a sender (mailbox, domain or tenant) may have sent and still awaiting
 * feedback — like a TCP congestion window, but opened by clean deliveries instead of ACKs.
 *
 * <p>A new sender starts with {@code initial} and keeps it until its outcomes reach the policy's
 * minimum volume; from then on every confirmed delivery in the last 7 days adds
 * {@code growthPerDelivery} (1.0 doubles the window per feedback round trip while everything is
 * delivered), up to {@code maximum}. The window then shrinks with the sender's estimated risk: each
 * rate is compared with its pause level, and a rate at the pause level closes the window to
 * {@code minimum}. The rates are estimated from the outcomes so far, over at least
 * the policy's minimum volume of outcomes: one complaint among the first 20 deliveries already reads as
 * 1 in 50 (2 %), not as "too few sends to say" — the cautious reading is the one that protects
 * the account while the rest of the feedback is still on its way.
 */
public record FeedbackWindowPolicy(int initial, double growthPerDelivery, int maximum, int minimum) {

    public static final FeedbackWindowPolicy DEFAULT = new FeedbackWindowPolicy(10, 1.0, 10_000, 2);

    public FeedbackWindowPolicy {
        if (minimum < 1 || initial < minimum || maximum < initial) {
            throw new IllegalArgumentException("feedback window must satisfy 1 <= minimum <= initial <= maximum: "
                    + minimum + ", " + initial + ", " + maximum);
        }
        if (!(growthPerDelivery >= 0.0)) {
            throw new IllegalArgumentException("growthPerDelivery must not be negative: " + growthPerDelivery);
        }
    }

    /**
     * The window of a sender with this 7-day history, and why it has that size. Deliveries still
     * inside the complaint-arrival window ({@code deliveredRecently}) are not clean yet: they do
     * not open the window until a complaint could have arrived.
     */
    public Window windowFor(ReputationCounts history, long deliveredRecently, ReputationPolicy levels) {
        long outcomes = Math.max(history.delivered() + history.hardBounces(), levels.minimumVolume());
        double bounceRisk = (double) history.hardBounces() / outcomes;
        double complaintRisk = (double) history.complaints() / Math.max(history.delivered(), levels.minimumVolume());
        double health = Math.max(0.0, Math.min(1.0 - bounceRisk / levels.bounce().pause(),
                1.0 - complaintRisk / levels.complaint().pause()));
        long cleanDeliveries = Math.max(0, history.delivered() - history.complaints() - deliveredRecently);
        // Until its outcomes reach the minimum volume a sender is new: its rates say little yet, so its
        // window stays at the start (a rogue's first complaints then meet a small window, not a doubled one).
        boolean established = history.delivered() + history.hardBounces() >= levels.minimumVolume();
        double grown = established ? Math.min(maximum, initial + growthPerDelivery * cleanDeliveries) : initial;
        int size = (int) Math.max(minimum, Math.floor(grown * health));
        String why = String.format(Locale.ROOT,
                "%d recipients may await feedback: %d to start, +%.1f per clean delivery (%d in 7 days), at most %d; "
                        + "estimated bounce risk %.2f%% and complaint risk %.3f%% leave %.0f%% of it",
                size, initial, growthPerDelivery, cleanDeliveries, maximum, bounceRisk * 100, complaintRisk * 100, health * 100);
        return new Window(size, why);
    }

    public record Window(int size, String explanation) {
    }
}
