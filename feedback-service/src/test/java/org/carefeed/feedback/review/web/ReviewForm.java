package org.carefeed.feedback.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.carefeed.testsupport.HttpApi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fills in the review form's pages as a browser without JavaScript does: each page's form is sent with
 * what it already holds (hidden fields, filled-in inputs, ticked boxes) plus the answers given, and the
 * site's cookies are kept.
 */
final class ReviewForm {

    private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");
    private static final Pattern SCRIPT_NONCE = Pattern.compile("script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'");

    private final HttpApi api;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    HttpApi.Response response;
    Document page;

    ReviewForm(HttpApi api) {
        this.api = api;
    }

    ReviewForm get(String path) {
        return keep(client().get(path));
    }

    /** Sends the page's (first) form, by its own action or the formaction of the given button. */
    ReviewForm answer(Map<String, String> answers) {
        return send(page.selectFirst("form"), null, answers);
    }

    ReviewForm press(String buttonId) {
        Element button = page.getElementById(buttonId);
        assertThat(button).as("button #%s on %s", buttonId, page.title()).isNotNull();
        return send(button.closest("form"), button.attr("formaction"), Map.of());
    }

    ReviewForm post(String path, Map<String, String> fields) {
        return keep(client().post(path, "application/x-www-form-urlencoded", encoded(fields)));
    }

    ReviewForm forgetCookies() {
        cookies.clear();
        return this;
    }

    private ReviewForm send(Element form, String formAction, Map<String, String> answers) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name]")) {
            String type = input.attr("type");
            if (input.tagName().equals("textarea")) {
                fields.put(input.attr("name"), input.text());
            } else if (!type.equals("radio") && !type.equals("checkbox") || input.hasAttr("checked")) {
                fields.put(input.attr("name"), input.attr("value"));
            }
        }
        fields.putAll(answers);
        String action = formAction == null || formAction.isEmpty() ? form.attr("action") : formAction;
        return post(action, fields);
    }

    private HttpApi client() {
        return cookies.isEmpty() ? api : api.withHeader("Cookie", cookies.entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
    }

    private ReviewForm keep(HttpApi.Response received) {
        response = received;
        received.headers().allValues("Set-Cookie").forEach(header -> {
            Matcher cookie = COOKIE.matcher(header);
            if (cookie.find()) {
                cookies.put(cookie.group(1), cookie.group(2));
            }
        });
        page = Jsoup.parse(received.body());
        return this;
    }

    /** The page follows the design system's template: one h1, its title, the CSP nonce, never cached. */
    ReviewForm shows(int status, String title) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(page.select("h1")).as(title).hasSize(1);
        assertThat(page.title()).isEqualTo(title + " – Carefeed – NHS");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        Matcher nonce = SCRIPT_NONCE.matcher(response.header("Content-Security-Policy"));
        assertThat(nonce.find()).isTrue();
        for (Element inline : page.select("script:not([src])")) {
            assertThat(inline.attr("nonce")).isEqualTo(nonce.group(1));
        }
        return this;
    }

    /** An error page: "Error: " title, the summary linking to the field, the inline error beside it. */
    ReviewForm showsError(String title, String field, String message) {
        shows(400, "Error: " + title);
        assertThat(page.select(".nhsuk-error-summary a").eachAttr("href")).containsExactly("#" + field);
        assertThat(page.select(".nhsuk-error-summary a").text()).contains(message);
        assertThat(page.getElementById(field)).as("the field the summary links to").isNotNull();
        assertThat(page.select("#" + field + "-error").text()).contains(message);
        return this;
    }

    private static String encoded(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
