package io.sendwell.feedback.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which SNS messages the feedback endpoint trusts. Optional because MicroProfile Config treats an
 * empty value as missing, and empty is the production value of the local prefix.
 */
@ApplicationScoped
public class FeedbackSettings {

    @Inject
    @ConfigProperty(name = "sendwell.sns.allowed-topic-arns")
    Optional<String> allowedTopicArns;

    @Inject
    @ConfigProperty(name = "sendwell.sns.trusted-local-cert-url-prefix")
    Optional<String> trustedLocalCertUrlPrefixes;

    public Set<String> allowedTopicArns() {
        return split(allowedTopicArns).collect(Collectors.toUnmodifiableSet());
    }

    public List<String> trustedLocalCertUrlPrefixes() {
        return split(trustedLocalCertUrlPrefixes).toList();
    }

    private static java.util.stream.Stream<String> split(Optional<String> value) {
        return value.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(s -> !s.isEmpty());
    }
}
