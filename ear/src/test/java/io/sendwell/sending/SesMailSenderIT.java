package io.sendwell.sending;

import io.sendwell.platform.aws.SesClients;
import io.sendwell.sending.control.MailSender;
import io.sendwell.sending.ses.ConfigurationSets;
import io.sendwell.sending.ses.SesMailSender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The SES v2 implementation, through the real AWS SDK client, against the deployed simulator. */
class SesMailSenderIT implements MailSenderContract {

    private static final String REGION = "us-east-1";
    private static SesClients clients;
    private static SesMailSender sender;
    private static String domain;

    @BeforeAll
    static void senderAgainstTheSimulator() {
        SendingFixture.resetSimulatorAccount();
        // one SDK attempt: a 429 must reach the sender's translation, not be retried away
        clients = new SesClients(SendingFixture.SIM, "simulator", "simulator", 1);
        sender = new SesMailSender(clients, new ConfigurationSets(clients, "arn:aws:sns:{region}:000000000000:sendwell-ses-events"));
        domain = "contract-" + SendingFixture.unique() + ".example";
        clients.forRegion(REGION).createEmailIdentity(r -> r.emailIdentity(domain));
        SendingFixture.verifyNow(domain);
    }

    @AfterEach
    void restoreAccount() {
        SendingFixture.resetSimulatorAccount();
    }

    @AfterAll
    static void close() {
        clients.forRegion(REGION).close();
    }

    @Override
    public MailSender sender() {
        return sender;
    }

    @Override
    public String region() {
        return REGION;
    }

    @Override
    public String verifiedFrom() {
        return "contract@" + domain;
    }

    @Override
    public String unverifiedFrom() {
        return "nobody@never-verified-" + SendingFixture.unique() + ".example";
    }

    @Override
    public void exceedSendRate() {
        SendingFixture.simulatorAccount("{\"ThrottleNextSends\": 1}");
    }
}
