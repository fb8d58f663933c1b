package org.carefeed.choice.contract;

/** The OpenAPI tags the public operations are grouped under, named once for every controller. */
public final class Tags {

    public static final String PROVIDERS = "Providers";
    public static final String REVIEWS = "Reviews";
    public static final String FEEDS = "Feeds";
    public static final String DOWNLOADS = "Downloads";
    public static final String CHANGES = "Changes";
    public static final String STATISTICS = "Statistics";
    public static final String INDEX = "Index";
    public static final String WEBHOOKS = "Webhooks";
    /** Where a 404 answer's description lives, for {@code @ApiResponse(ref = ...)}. */
    public static final String NOT_FOUND = "#/components/responses/" + OpenApiDocument.NOT_FOUND;

    private Tags() {
    }
}
