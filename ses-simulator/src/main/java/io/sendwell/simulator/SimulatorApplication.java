package io.sendwell.simulator;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** SES paths ({@code /v2/email/...}) and control paths ({@code /sim/...}) sit directly under the context root. */
@ApplicationPath("")
public class SimulatorApplication extends Application {
}
