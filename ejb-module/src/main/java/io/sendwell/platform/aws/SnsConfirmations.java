package io.sendwell.platform.aws;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Confirms SNS subscriptions through the SNS API (ConfirmSubscription) with
 * {@code AuthenticateOnUnsubscribe=true}: afterwards only a signed request of the topic owner's
 * account can unsubscribe us. A plain GET of the SubscribeURL leaves the subscription open to anyone
 * who sees an UnsubscribeURL, and an unsubscription silently stops all feedback.
 *
 * <p>Real AWS only (credentials from the default provider chain); the offline simulator keeps the GET.
 */
@ApplicationScoped
public class SnsConfirmations {

    private final Map<String, SnsClient> clients = new ConcurrentHashMap<>();
    private final URI endpointOverride;
    private final AwsCredentialsProvider credentials;

    /** For CDI: real SNS, the default AWS credentials chain (as SES uses outside the simulator). */
    public SnsConfirmations() {
        this(null, null);
    }

    /** Tests and tools: another endpoint and fixed credentials. */
    public SnsConfirmations(URI endpointOverride, AwsBasicCredentials credentials) {
        this.endpointOverride = endpointOverride;
        this.credentials = credentials == null ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(credentials);
    }

    /**
     * Confirms the subscription the token belongs to, at the topic's region; returns the subscription ARN.
     *
     * @throws IllegalArgumentException when the topic ARN is not an SNS topic ARN
     */
    public String confirm(String topicArn, String token) {
        return client(regionOf(topicArn))
                .confirmSubscription(request -> request.topicArn(topicArn).token(token).authenticateOnUnsubscribe("true"))
                .subscriptionArn();
    }

    static String regionOf(String topicArn) {
        String[] parts = topicArn == null ? new String[0] : topicArn.split(":", -1);
        if (parts.length != 6 || !parts[0].equals("arn") || !parts[2].equals("sns") || parts[3].isBlank()) {
            throw new IllegalArgumentException("not an SNS topic ARN");
        }
        return parts[3];
    }

    private SnsClient client(String region) {
        return clients.computeIfAbsent(region, r -> {
            var builder = SnsClient.builder().region(Region.of(r))
                    .httpClientBuilder(UrlConnectionHttpClient.builder()
                            .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(10)))
                    .overrideConfiguration(ClientOverrideConfiguration.builder().apiCallTimeout(Duration.ofSeconds(30)).build())
                    .credentialsProvider(credentials);
            if (endpointOverride != null) {
                builder.endpointOverride(endpointOverride);
            }
            return builder.build();
        });
    }

    @PreDestroy
    void close() {
        clients.values().forEach(SnsClient::close);
    }
}
