package io.sendwell.platform.entity;

/**
 * The object does not exist for this caller (HTTP 404). Also used for another tenant's objects,
 * so a caller cannot learn that they exist.
 */
public class NotFoundException extends SendwellException {

    public NotFoundException(String kind, String id) {
        super(kind + " '" + id + "' was not found");
    }

    @Override
    public String title() {
        return "Not found";
    }
}
