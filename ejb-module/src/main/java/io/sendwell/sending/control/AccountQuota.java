package io.sendwell.sending.control;

/** The SES account's sending quota in one region, as GetAccount reports it. */
public record AccountQuota(String region, double max24HourSend, double maxSendRate, double sentLast24Hours,
                           boolean sendingEnabled, String enforcementStatus) {

    public static AccountQuota unknown(String region) {
        return new AccountQuota(region, 200, 1, 0, true, "UNKNOWN");
    }
}
