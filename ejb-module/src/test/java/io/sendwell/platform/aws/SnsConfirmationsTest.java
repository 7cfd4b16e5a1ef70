package io.sendwell.platform.aws;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real SNS client against a loopback stand-in: what goes over the wire is what AWS would get. */
class SnsConfirmationsTest {

    private static final String TOPIC = "arn:aws:sns:eu-west-1:123456789012:sendwell-ses-events";
    private final AtomicReference<String> received = new AtomicReference<>();
    private HttpServer sns;

    @BeforeEach
    void startSns() throws Exception {
        sns = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 5);
        sns.createContext("/", exchange -> {
            received.set(URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8));
            byte[] body = ("<ConfirmSubscriptionResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"
                    + "<ConfirmSubscriptionResult><SubscriptionArn>" + TOPIC + ":0d3f</SubscriptionArn>"
                    + "</ConfirmSubscriptionResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata>"
                    + "</ConfirmSubscriptionResponse>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        sns.start();
    }

    @AfterEach
    void stopSns() {
        sns.stop(0);
    }

    @Test
    void confirmsWithTheTokenAndAuthenticateOnUnsubscribe() {
        SnsConfirmations confirmations = new SnsConfirmations(URI.create("http://127.0.0.1:" + sns.getAddress().getPort()),
                AwsBasicCredentials.create("test", "test"));

        String subscription = confirmations.confirm(TOPIC, "token-42");

        assertThat(subscription).isEqualTo(TOPIC + ":0d3f");
        assertThat(received.get()).contains("Action=ConfirmSubscription", "Token=token-42", "TopicArn=" + TOPIC,
                "AuthenticateOnUnsubscribe=true");
    }

    @Test
    void theRegionComesFromTheTopicArn() {
        assertThat(SnsConfirmations.regionOf(TOPIC)).isEqualTo("eu-west-1");
        assertThatThrownBy(() -> SnsConfirmations.regionOf("arn:aws:sqs:eu-west-1:123456789012:queue"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SnsConfirmations.regionOf("not an arn")).isInstanceOf(IllegalArgumentException.class);
    }
}
