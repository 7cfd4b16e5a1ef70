package io.sendwell.feedback.api;

import io.sendwell.feedback.boundary.QueueMonitor;
import io.sendwell.platform.api.ApiResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** GET /api/v1/ops/queues (platform admin): feedback queue and DLQ depths and recorded event count. */
@Path("/ops/queues")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackOpsResource extends ApiResource {

    @Inject
    QueueMonitor monitor;

    @GET
    public QueueMonitor.FeedbackStatus status() {
        return monitor.status(caller());
    }
}
