package io.sendwell.simulator;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class SesExceptionMapper implements ExceptionMapper<SesException> {

    @Override
    public Response toResponse(SesException e) {
        return errorResponse(e.status(), e.errorType(), e.getMessage());
    }

    static Response errorResponse(int status, String type, String message) {
        String body = Json.createObjectBuilder().add("message", message == null ? "" : message).build().toString();
        return Response.status(status)
                .header("x-amzn-ErrorType", type)
                .header("x-amzn-RequestId", java.util.UUID.randomUUID().toString())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }
}
