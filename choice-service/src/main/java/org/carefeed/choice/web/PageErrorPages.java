package org.carefeed.choice.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The design system's error pages for people in a browser: "Page not found" for a page path that does not
 * exist, and "Sorry, there is a problem with the service" when a page fails. It runs before every other
 * resolver and answers only those two cases; everything else, and every path of the open data (the API,
 * feeds, downloads, its documents), falls through to the problem details of {@code ProblemDetailsAdvice},
 * unchanged.
 */
@Component
class PageErrorPages implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(PageErrorPages.class);

    /** Paths whose clients are programs: they keep their problem details. */
    private static final List<String> OPEN_DATA = List.of("/api/", "/feeds/", "/downloads/", "/v3/", "/swagger-ui",
            "/asyncapi", "/actuator/", "/assets/");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        boolean missing = ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException;
        if (missing) {
            return isPagePath(request) ? page("errors/not-found", HttpStatus.NOT_FOUND) : null;
        }
        if (!isPage(handler)) {
            return null;
        }
        if (ex instanceof ErrorResponse answer && answer.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
            return page("errors/not-found", HttpStatus.NOT_FOUND);
        }
        if (ex instanceof ErrorResponse answer && answer.getStatusCode().is4xxClientError()) {
            return null;
        }
        log.error("Unexpected error while rendering the page {}", request.getRequestURI(), ex);
        return page("errors/problem", HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static ModelAndView page(String view, HttpStatus status) {
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        return page;
    }

    private static boolean isPagePath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN_DATA.stream().noneMatch(prefix -> path.startsWith(prefix) || path.equals(prefix.replaceAll("/$", "")));
    }

    /** A handler of ours that renders a view: a {@code @Controller} that does not write its answer as a body. */
    private static boolean isPage(Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return false;
        }
        Class<?> type = method.getBeanType();
        return type.getPackageName().startsWith("org.carefeed.")
                && AnnotatedElementUtils.hasAnnotation(type, Controller.class)
                && !AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class)
                && !method.hasMethodAnnotation(ResponseBody.class);
    }
}
