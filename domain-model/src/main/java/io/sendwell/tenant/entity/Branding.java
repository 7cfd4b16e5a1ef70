package io.sendwell.tenant.entity;

import io.sendwell.platform.entity.InvalidInputException;
import io.sendwell.platform.entity.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.net.URI;
import java.util.regex.Pattern;

/** White-label settings: what a tenant's admins see instead of "Sendwell". */
@Embeddable
public class Branding {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    @Column(name = "brand_product_name", length = 80)
    private String productName;

    @Column(name = "brand_logo_url", length = 500)
    private String logoUrl;

    @Column(name = "brand_primary_color", length = 7)
    private String primaryColor;

    protected Branding() {
    }

    public static Branding of(String productName, String logoUrl, String primaryColor) {
        Branding branding = new Branding();
        branding.productName = Require.optionalText(productName, "branding.productName", 80);
        branding.logoUrl = validLogoUrl(logoUrl);
        branding.primaryColor = validColor(primaryColor);
        return branding;
    }

    public static Branding none() {
        return new Branding();
    }

    private static String validLogoUrl(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(value.strip());
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new InvalidInputException("branding.logoUrl must be an absolute https URL");
            }
            if (uri.toString().length() > 500) {
                throw new InvalidInputException("branding.logoUrl must be at most 500 characters");
            }
            return uri.toString();
        } catch (java.net.URISyntaxException e) {
            throw new InvalidInputException("branding.logoUrl is not a valid URL");
        }
    }

    private static String validColor(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!COLOR.matcher(value.strip()).matches()) {
            throw new InvalidInputException("branding.primaryColor must look like #1a2b3c");
        }
        return value.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public String productName() {
        return productName;
    }

    public String logoUrl() {
        return logoUrl;
    }

    public String primaryColor() {
        return primaryColor;
    }
}
