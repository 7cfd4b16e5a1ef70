package io.sendwell.platform.aws;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One SES v2 client per region (tenants choose their region for data residency), built once:
 * the first call of a client is slow. With an endpoint override (the offline simulator) the
 * credentials are the configured static ones; otherwise the default AWS provider chain.
 */
@ApplicationScoped
public class SesClients {

    private final Map<String, SesV2Client> clients = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "sendwell.ses.endpoint-override")
    Optional<String> endpointOverride;

    @Inject
    @ConfigProperty(name = "sendwell.ses.access-key-id")
    Optional<String> accessKeyId;

    @Inject
    @ConfigProperty(name = "sendwell.ses.secret-access-key")
    Optional<String> secretAccessKey;

    @Inject
    @ConfigProperty(name = "sendwell.ses.sdk-max-attempts", defaultValue = "3")
    int sdkMaxAttempts;

    /** For CDI, which fills the fields from MicroProfile Config. */
    protected SesClients() {
    }

    /**
     * Outside the container (the {@code MailSender} contract test, tools): the same settings the
     * {@code sendwell.ses.*} properties give. A blank endpoint means real SES.
     */
    public SesClients(String endpointOverride, String accessKeyId, String secretAccessKey, int sdkMaxAttempts) {
        this.endpointOverride = Optional.ofNullable(endpointOverride);
        this.accessKeyId = Optional.ofNullable(accessKeyId);
        this.secretAccessKey = Optional.ofNullable(secretAccessKey);
        this.sdkMaxAttempts = sdkMaxAttempts;
    }

    public SesV2Client forRegion(String region) {
        return clients.computeIfAbsent(region, this::build);
    }

    public boolean usesSimulator() {
        return endpointOverride.filter(s -> !s.isBlank()).isPresent();
    }

    public Optional<String> endpoint() {
        return endpointOverride.filter(s -> !s.isBlank());
    }

    private SesV2Client build(String region) {
        var builder = SesV2Client.builder()
                .region(Region.of(region))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30)))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        // A call (with its retries) never outlives this: the outbox sweeper may take a
                        // message SENDING for much longer (sendwell.dispatch.unknown-outcome-seconds)
                        // as lost, and must not race a call still under way.
                        .apiCallTimeout(Duration.ofSeconds(120))
                        // The SDK retries throttling and 5xx a few times itself; longer waits
                        // are the dispatcher's (it re-queues the message with a delay).
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(sdkMaxAttempts).build())
                        .build())
                .credentialsProvider(credentials());
        endpoint().ifPresent(url -> builder.endpointOverride(URI.create(url)));
        return builder.build();
    }

    private AwsCredentialsProvider credentials() {
        if (accessKeyId.isPresent() && secretAccessKey.isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId.get(), secretAccessKey.get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @PreDestroy
    void close() {
        clients.values().forEach(SesV2Client::close);
    }
}
