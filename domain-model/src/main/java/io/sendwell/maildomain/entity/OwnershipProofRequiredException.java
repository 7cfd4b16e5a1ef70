package io.sendwell.maildomain.entity;

import io.sendwell.platform.entity.ConflictException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A claim the tenant may only make after proving control of the domain's DNS (HTTP 409). The
 * message says which TXT record to publish (the console shows it), and the problem response
 * carries it as a {@code challenge} member for API clients.
 */
public class OwnershipProofRequiredException extends ConflictException {

    private final String recordName;
    private final String recordValue;

    public OwnershipProofRequiredException(String reason, OwnershipChallenge challenge) {
        super(reason + ". To prove this domain is yours, publish the DNS record TXT " + challenge.recordName()
                + " \"" + challenge.recordValue() + "\" and add the domain again");
        this.recordName = challenge.recordName();
        this.recordValue = challenge.recordValue();
    }

    @Override
    public String title() {
        return "Domain ownership not proven";
    }

    @Override
    public Map<String, Object> extensions() {
        Map<String, Object> challenge = new LinkedHashMap<>();
        challenge.put("type", "TXT");
        challenge.put("name", recordName);
        challenge.put("value", recordValue);
        return Map.of("challenge", challenge);
    }
}
