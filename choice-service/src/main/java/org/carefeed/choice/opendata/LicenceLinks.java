package org.carefeed.choice.opendata;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every open-data answer names its licences and where its provenance is written down, in {@code Link}
 * headers (RFC 8288, {@code rel="license"} of RFC 4946), whatever its format: a JSON list, a feed, a
 * list of downloads or an error. The imported NHS data and the figures go out under one licence,
 * patients' reviews under the one their authors agreed to; both are named, each with what it covers.
 * A CSV file holds one kind of data and names just its own licence (see the download package).
 */
@Component
class LicenceLinks extends OncePerRequestFilter {

    private final String[] links;

    LicenceLinks(OpenDataProperties licences) {
        OpenDataProperties.Licence data = licences.publishedDataLicence();
        OpenDataProperties.Licence reviews = licences.reviewsLicence();
        this.links = new String[] {
                "<" + data.url() + ">; rel=\"license\"; title=\"" + data.name()
                        + ": the NHS's published data (directory, indicators) and the figures counted here\"",
                "<" + reviews.url() + ">; rel=\"license\"; title=\"" + reviews.name()
                        + ": patients' published reviews and providers' responses\"",
                "</downloads>; rel=\"describedby\"; type=\"application/json\"; title=\"What each data set is, "
                        + "where it comes from and what each field means\""};
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        // A file names just its own licence (see the download package).
        boolean file = path.startsWith("/downloads/");
        return file || !(OpenDataPaths.isOpenData(path) || path.equals("/api"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (String link : links) {
            response.addHeader(HttpHeaders.LINK, link);
        }
        chain.doFilter(request, response);
    }
}
