package io.sendwell.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * All {@code ses-simulator.*} settings; defaults live in the WAR's
 * {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class SimulatorConfig {

    @Inject
    @ConfigProperty(name = "ses-simulator.public-url")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "ses-simulator.region")
    String region;

    @Inject
    @ConfigProperty(name = "ses-simulator.account-id")
    String accountId;

    @Inject
    @ConfigProperty(name = "ses-simulator.identity.verification-delay")
    String verificationDelay;

    @Inject
    @ConfigProperty(name = "ses-simulator.account.max-24-hour-send")
    double max24HourSend;

    @Inject
    @ConfigProperty(name = "ses-simulator.account.max-send-rate")
    double maxSendRate;

    @Inject
    @ConfigProperty(name = "ses-simulator.account.enforcement-status")
    String enforcementStatus;

    @Inject
    @ConfigProperty(name = "ses-simulator.account.production-access-enabled")
    boolean productionAccessEnabled;

    @Inject
    @ConfigProperty(name = "ses-simulator.sns.endpoint")
    String snsEndpoint;

    @Inject
    @ConfigProperty(name = "ses-simulator.sns.delay")
    String snsDelay;

    @Inject
    @ConfigProperty(name = "ses-simulator.sns.retries")
    int snsRetries;

    @Inject
    @ConfigProperty(name = "ses-simulator.sns.retry-interval")
    String snsRetryInterval;

    @Inject
    @ConfigProperty(name = "ses-simulator.sns.concurrency", defaultValue = "2")
    int snsConcurrency;

    @Inject
    @ConfigProperty(name = "ses-simulator.send-latency", defaultValue = "0ms")
    String sendLatency;

    @Inject
    @ConfigProperty(name = "ses-simulator.sns.feedback-delay", defaultValue = "0ms")
    String feedbackDelay;

    @Inject
    @ConfigProperty(name = "ses-simulator.sns.subscription-confirmation")
    boolean sendSubscriptionConfirmation;

    @Inject
    @ConfigProperty(name = "ses-simulator.sns.keystore")
    java.util.Optional<String> snsKeystore;

    @Inject
    @ConfigProperty(name = "ses-simulator.sns.keystore-password", defaultValue = "ses-simulator")
    String snsKeystorePassword;

    /** PKCS#12 file holding the signing key and certificate, created on first start; empty = new key every start. */
    public java.util.Optional<java.nio.file.Path> snsKeystore() {
        return snsKeystore.filter(s -> !s.isBlank()).map(java.nio.file.Path::of);
    }

    public char[] snsKeystorePassword() {
        return snsKeystorePassword.toCharArray();
    }

    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String region() {
        return region;
    }

    public String accountId() {
        return accountId;
    }

    public Duration verificationDelay() {
        return Durations.parse(verificationDelay);
    }

    public double max24HourSend() {
        return max24HourSend;
    }

    public double maxSendRate() {
        return maxSendRate;
    }

    public String enforcementStatus() {
        return enforcementStatus;
    }

    public boolean productionAccessEnabled() {
        return productionAccessEnabled;
    }

    public String snsEndpoint() {
        return snsEndpoint;
    }

    public Duration snsDelay() {
        return Durations.parse(snsDelay);
    }

    public int snsRetries() {
        return snsRetries;
    }

    public Duration snsRetryInterval() {
        return Durations.parse(snsRetryInterval);
    }

    /** SNS HTTP posts in flight at once (SNS itself delivers with high concurrency). */
    public int snsConcurrency() {
        return Math.max(1, snsConcurrency);
    }

    /** How long SendEmail takes to answer (changeable at run time through PUT /sim/account). */
    public Duration sendLatency() {
        return Durations.parse(sendLatency);
    }

    /** How much later than its Send event a message's feedback is posted (changeable through PUT /sim/account). */
    public Duration feedbackDelay() {
        return Durations.parse(feedbackDelay);
    }

    public boolean sendSubscriptionConfirmation() {
        return sendSubscriptionConfirmation;
    }
}
