package org.carefeed.platform.web;

import java.io.IOException;

/**
 * Thrown while reading a request body that turns out larger than allowed. An {@link IOException} so
 * that it travels through message converters like any other read failure.
 */
class PayloadTooLargeException extends IOException {

    PayloadTooLargeException(long limit) {
        super("Request body is larger than " + limit + " bytes");
    }
}
