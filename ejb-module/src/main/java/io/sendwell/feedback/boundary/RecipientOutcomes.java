package io.sendwell.feedback.boundary;

import io.sendwell.feedback.control.RecipientOutcome.Outcome;

/**
 * Events arrive in any order (a Delivery can overtake its Send); a recipient's outcome only moves to
 * something at least as telling, so a late Send never hides a bounce.
 */
final class RecipientOutcomes {

    private RecipientOutcomes() {
    }

    static boolean moves(String current, Outcome next) {
        return rank(next) >= rank(current);
    }

    private static int rank(String outcome) {
        return switch (outcome) {
            case "PENDING" -> 0;
            case "SENT", "SUBSCRIPTION_CHANGED" -> 1;
            case "DELAYED" -> 2;
            case "DELIVERED" -> 3;
            case "BOUNCED", "REJECTED" -> 4;
            case "COMPLAINED" -> 5;
            default -> 0;
        };
    }

    private static int rank(Outcome outcome) {
        return rank(outcome.name());
    }
}
