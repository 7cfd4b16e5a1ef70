package io.sendwell.feedback.control;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SNS endpoint of the region a topic lives in, read from its ARN. SNS serves a topic's signing
 * certificate and SubscribeURL from that endpoint only, so pinning to it (rather than to any
 * {@code sns.*.amazonaws.com}) keeps out look-alike hosts such as {@code sns.s3.amazonaws.com}, a
 * virtual-hosted S3 bucket anyone can create.
 *
 * <p>The names AWS puts in its signing certificates follow the AWS SDK for Java v2
 * ({@code SnsHostProvider}): {@code sns.amazonaws.com} in most commercial regions,
 * {@code sns-signing.<region>.amazonaws.com} in opt-in regions, {@code sns-<region>.amazonaws.com.cn}
 * in China and {@code sns-us-gov-west-1.amazonaws.com} in GovCloud. We accept the per-region forms
 * for every region of the partition instead of copying the SDK's list of opt-in regions, which would
 * go stale; each is a name only AWS can hold a certificate for.
 */
record SnsRegionalEndpoint(String partition, String region) {

    private static final Pattern TOPIC_ARN =
            Pattern.compile("arn:(aws|aws-cn|aws-us-gov):sns:([a-z]{2}(?:-[a-z]+)+-[0-9]+):[^:]+:[^:]+");

    /** The endpoint of the topic's region, or empty when the ARN is not an SNS topic ARN we know how to pin. */
    static Optional<SnsRegionalEndpoint> ofTopicArn(String topicArn) {
        if (topicArn == null) {
            return Optional.empty();
        }
        Matcher arn = TOPIC_ARN.matcher(topicArn);
        if (!arn.matches()) {
            return Optional.empty();
        }
        String partition = arn.group(1);
        String region = arn.group(2);
        boolean china = region.startsWith("cn-");
        boolean govCloud = region.startsWith("us-gov-");
        boolean consistent = switch (partition) {
            case "aws-cn" -> china;
            case "aws-us-gov" -> govCloud;
            default -> !china && !govCloud;
        };
        return consistent ? Optional.of(new SnsRegionalEndpoint(partition, region)) : Optional.empty();
    }

    /** The only host that may serve this topic's signing certificate and SubscribeURL. */
    String host() {
        return "sns." + region + domain();
    }

    /** DNS names (certificate CN or SAN) that AWS's signing certificates carry in this region. */
    Set<String> certificateNames() {
        return switch (partition) {
            case "aws-cn" -> Set.of("sns-" + region + ".amazonaws.com.cn", "sns.amazonaws.com.cn");
            case "aws-us-gov" -> Set.of("sns-us-gov-west-1.amazonaws.com");
            default -> Set.of("sns.amazonaws.com", "sns-signing." + region + ".amazonaws.com");
        };
    }

    boolean isHost(String host) {
        return host != null && host.toLowerCase(Locale.ROOT).equals(host());
    }

    private String domain() {
        return partition.equals("aws-cn") ? ".amazonaws.com.cn" : ".amazonaws.com";
    }
}
