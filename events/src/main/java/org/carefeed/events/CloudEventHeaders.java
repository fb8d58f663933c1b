package org.carefeed.events;

/**
 * Header names of the CloudEvents 1.0 Kafka protocol binding in binary mode: the event's attributes
 * travel as record headers, its data as the record value.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    /** In binary mode the data's media type uses the plain Kafka header name, without the prefix. */
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
