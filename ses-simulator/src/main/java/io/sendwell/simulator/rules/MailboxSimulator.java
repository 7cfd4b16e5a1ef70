package io.sendwell.simulator.rules;

import java.util.Locale;
import java.util.Optional;

/** The SES mailbox simulator addresses at {@code simulator.amazonses.com}, {@code +label} forms included. */
public final class MailboxSimulator {

    public static final String DOMAIN = "simulator.amazonses.com";

    private MailboxSimulator() {
    }

    public static boolean isSimulatorAddress(String address) {
        return address.trim().toLowerCase(Locale.ROOT).endsWith("@" + DOMAIN);
    }

    /** Empty for addresses outside the simulator domain; unknown local parts there are delivered. */
    public static Optional<Outcome> outcomeFor(String address) {
        if (!isSimulatorAddress(address)) {
            return Optional.empty();
        }
        String local = address.trim().toLowerCase(Locale.ROOT);
        local = local.substring(0, local.lastIndexOf('@'));
        int plus = local.indexOf('+');
        if (plus >= 0) {
            local = local.substring(0, plus);
        }
        return Optional.of(switch (local) {
            case "bounce" -> Outcome.BOUNCE;
            case "complaint" -> Outcome.COMPLAINT;
            case "ooto" -> Outcome.OOTO;
            case "suppressionlist" -> Outcome.SUPPRESSED;
            default -> Outcome.SUCCESS;
        });
    }
}
