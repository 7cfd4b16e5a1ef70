package io.sendwell.simulator;

/** A SimulatorConfig with the shipped defaults, for tests without a container. */
public final class TestConfigs {

    private TestConfigs() {
    }

    public static SimulatorConfig defaults() {
        SimulatorConfig config = new SimulatorConfig();
        config.publicUrl = "http://localhost:9080/ses-simulator";
        config.region = "us-east-1";
        config.accountId = "123456789012";
        config.verificationDelay = "3s";
        config.max24HourSend = 50000;
        config.maxSendRate = 14;
        config.enforcementStatus = "HEALTHY";
        config.productionAccessEnabled = true;
        config.snsEndpoint = "http://localhost:9080/sns/ses-events";
        config.snsDelay = "200ms";
        config.snsRetries = 3;
        config.snsRetryInterval = "1s";
        config.sendSubscriptionConfirmation = true;
        config.snsConcurrency = 2;
        config.sendLatency = "0ms";
        config.feedbackDelay = "0ms";
        config.snsKeystore = java.util.Optional.empty();
        config.snsKeystorePassword = "x";
        return config;
    }

    /** Defaults with SNS posts going to {@code endpoint} quickly: 10 ms delay, 2 retries 50 ms apart. */
    public static SimulatorConfig snsTo(String endpoint) {
        SimulatorConfig config = defaults();
        config.snsEndpoint = endpoint;
        config.snsDelay = "10ms";
        config.snsRetries = 2;
        config.snsRetryInterval = "50ms";
        return config;
    }

    /** Defaults with a configured feedback delay ({@code ses-simulator.sns.feedback-delay}). */
    public static SimulatorConfig withFeedbackDelay(String delay) {
        SimulatorConfig config = defaults();
        config.feedbackDelay = delay;
        return config;
    }
}
