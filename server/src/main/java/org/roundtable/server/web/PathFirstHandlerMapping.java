package org.roundtable.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's mapping of requests to the API's and the pages' handlers, which tries a mapping's path before
 * its other conditions, and the segments of its path before the path. No path of the API is a literal one, so
 * Spring MVC tries every mapping for every request, and each one's conditions in the order method, parameters,
 * headers, media types, path: under votes, asking each of the request's wrappers for its method, about 80 times
 * a request, was most of the lookup's 8.5 % of the server's samples; then matching each mapping's path, 11 % of
 * the request threads' samples. A mapping matches only if all its conditions do, so one whose path cannot match
 * is passed over without the others: first by comparing the request's segments with the literal segments of the
 * mapping's patterns, worked out once per mapping, then by Spring MVC's own match. The mappings that match are
 * exactly Spring MVC's, and so are its refusals (405, 406, 415), which it works out from every mapping.
 */
final class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

    /** The segments of the path of the request being looked up on this thread; null when any mapping may match. */
    private final ThreadLocal<String[]> requestSegments = new ThreadLocal<>();

    /** Each mapping's patterns as segments, worked out at the mapping's first lookup. */
    private final Map<RequestMappingInfo, PatternSegments> patterns = new ConcurrentHashMap<>();

    @Override
    protected HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
        String[] outer = requestSegments.get();
        requestSegments.set(segmentsOf(request));
        try {
            return super.getHandlerInternal(request);
        } finally {
            if (outer == null) {
                requestSegments.remove();
            } else {
                requestSegments.set(outer);
            }
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo mapping, HttpServletRequest request) {
        PathPatternsRequestCondition paths = mapping.getPathPatternsCondition();
        if (paths != null) {
            String[] segments = requestSegments.get();
            if (segments != null
                    && !patterns.computeIfAbsent(mapping, PatternSegments::of).mayMatch(segments)) {
                return null;
            }
            if (paths.getMatchingCondition(request) == null) {
                return null;
            }
        }
        return super.getMatchingMapping(mapping, request);
    }

    /**
     * The decoded segments of the request's path, as patterns match them; null where comparing segments could
     * tell wrong (an empty segment, a trailing slash).
     */
    static String[] segmentsOf(HttpServletRequest request) {
        // Parsed as Spring MVC's lookup parses it, if the DispatcherServlet has not yet.
        RequestPath path = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request)
                : ServletRequestPathUtils.parseAndCache(request);
        List<String> segments = new ArrayList<>();
        boolean afterSeparator = false;
        for (PathContainer.Element element : path.pathWithinApplication().elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                if (segment.valueToMatch().isEmpty()) {
                    return null;
                }
                segments.add(segment.valueToMatch());
                afterSeparator = false;
            } else {
                if (afterSeparator) {
                    return null;
                }
                afterSeparator = true;
            }
        }
        return afterSeparator && !segments.isEmpty() ? null : segments.toArray(String[]::new);
    }

    /**
     * A mapping's patterns by their segments: each a literal, which only the same segment matches, or null for
     * one that captures or has wildcards; no patterns at all where one may match more than one segment.
     */
    record PatternSegments(List<String[]> patterns) {

        static PatternSegments of(RequestMappingInfo mapping) {
            List<String[]> patterns = new ArrayList<>();
            for (PathPattern pattern : mapping.getPathPatternsCondition().getPatterns()) {
                String text = pattern.getPatternString();
                if (text.contains("**") || text.contains("{*") || !text.startsWith("/")) {
                    return new PatternSegments(null);
                }
                String[] segments =
                        text.equals("/") ? new String[0] : text.substring(1).split("/", -1);
                for (int i = 0; i < segments.length; i++) {
                    if (segments[i].isEmpty()) {
                        return new PatternSegments(null);
                    }
                    if (segments[i].contains("{") || segments[i].contains("*") || segments[i].contains("?")) {
                        segments[i] = null;
                    }
                }
                patterns.add(segments);
            }
            return new PatternSegments(patterns);
        }

        /** False only when none of the patterns can match a path of these segments. */
        boolean mayMatch(String[] request) {
            if (patterns == null) {
                return true;
            }
            for (String[] pattern : patterns) {
                if (matches(pattern, request)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean matches(String[] pattern, String[] request) {
            if (pattern.length != request.length) {
                return false;
            }
            for (int i = 0; i < pattern.length; i++) {
                if (pattern[i] != null && !pattern[i].equals(request[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
