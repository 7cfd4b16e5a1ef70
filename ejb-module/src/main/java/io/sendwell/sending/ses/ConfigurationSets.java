package io.sendwell.sending.ses;

import io.sendwell.platform.aws.SesClients;
import io.sendwell.sending.entity.TrafficClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AlreadyExistsException;
import software.amazon.awssdk.services.sesv2.model.EventType;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Transactional and marketing traffic go through separate configuration sets, so their
 * reputation (and, with dedicated IPs, their pools) stay apart. Each set publishes its events to
 * the SNS topic Sendwell subscribes to. Created on first use per region; existing ones are kept.
 */
@ApplicationScoped
public class ConfigurationSets {

    private static final Logger LOG = Logger.getLogger(ConfigurationSets.class.getName());
    private static final String DESTINATION = "sendwell-sns";

    private final Set<String> readyRegions = ConcurrentHashMap.newKeySet();

    @Inject
    SesClients clients;

    /** The topic ARN; "{region}" is replaced by the set's region. */
    @Inject
    @ConfigProperty(name = "sendwell.ses.event-topic-arn", defaultValue = "arn:aws:sns:{region}:000000000000:sendwell-ses-events")
    String topicArn;

    /** For CDI. */
    protected ConfigurationSets() {
    }

    /** Outside the container: see {@link SesClients#SesClients(String, String, String, int)}. */
    public ConfigurationSets(SesClients clients, String topicArn) {
        this.clients = clients;
        this.topicArn = topicArn;
    }

    public static String nameFor(TrafficClass trafficClass) {
        return "sendwell-" + trafficClass.name().toLowerCase(Locale.ROOT);
    }

    public void ensure(String region) {
        if (readyRegions.contains(region)) {
            return;
        }
        SesV2Client client = clients.forRegion(region);
        for (TrafficClass trafficClass : TrafficClass.values()) {
            String name = nameFor(trafficClass);
            try {
                client.createConfigurationSet(b -> b.configurationSetName(name));
            } catch (AlreadyExistsException e) {
                // kept as it is
            }
            try {
                client.createConfigurationSetEventDestination(b -> b.configurationSetName(name)
                        .eventDestinationName(DESTINATION)
                        .eventDestination(d -> d.enabled(true)
                                .matchingEventTypes(EventType.SEND, EventType.REJECT, EventType.BOUNCE,
                                        EventType.COMPLAINT, EventType.DELIVERY, EventType.DELIVERY_DELAY,
                                        EventType.RENDERING_FAILURE)
                                .snsDestination(s -> s.topicArn(topicArn.replace("{region}", region)))));
            } catch (AlreadyExistsException e) {
                // kept as it is
            }
        }
        readyRegions.add(region);
        LOG.info(() -> "SES configuration sets ready in " + region);
    }
}
