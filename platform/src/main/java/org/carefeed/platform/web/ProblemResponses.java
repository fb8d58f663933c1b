package org.carefeed.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes a problem detail straight to the response, for answers given by servlet filters, which run
 * before Spring MVC and its exception handlers.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, HttpStatus status, String detail, String path)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\",\"instance\":\"%s\"}".formatted(
                status.getReasonPhrase(), status.value(), detail.replace("\\", "\\\\").replace("\"", "\\\""),
                // The path is the client's: keep only characters that cannot break out of the string.
                path.replaceAll("[^A-Za-z0-9/._~-]", "")));
    }
}
