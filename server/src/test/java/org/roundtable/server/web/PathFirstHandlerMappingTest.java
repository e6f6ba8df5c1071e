package org.roundtable.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

class PathFirstHandlerMappingTest {

    /** Mappings that share paths and differ by method, media type and header, as the API's do. */
    @RestController
    static class Routes {
        @PostMapping(path = "/api/partnerships/{id}/proposals/{proposal}/votes", consumes = "application/json")
        void vote() {}

        @GetMapping(path = "/api/partnerships/{id}/proposals/{proposal}", produces = "application/json")
        void proposal() {}

        @GetMapping(path = "/api/partnerships/{id}/proposals/{proposal}", produces = "text/csv")
        void proposalAsCsv() {}

        @PutMapping(path = "/api/partnerships/{id}/partners/{partner}", headers = "If-Match")
        void replacePartner() {}

        @GetMapping("/api/partnerships/{id}/**")
        void anythingElse() {}
    }

    private static RequestMappingHandlerMapping mapping(RequestMappingHandlerMapping mapping) {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.registerSingleton("routes", Routes.class);
        context.refresh();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        return mapping;
    }

    /** The handler's name, or the name of what the lookup threw (405, 406, 415 and the like). */
    private static String handlerOf(RequestMappingHandlerMapping mapping, MockHttpServletRequest request) {
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain == null
                    ? "none"
                    : ((HandlerMethod) chain.getHandler()).getMethod().getName();
        } catch (Exception refused) {
            return refused.getClass().getSimpleName();
        }
    }

    private static MockHttpServletRequest request(String method, String path, String contentType, String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (contentType != null) {
            request.setContentType(contentType);
            request.setContent("{}".getBytes());
        }
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        return request;
    }

    @Test
    void findsWhatSpringMvcFindsForEveryRequest() {
        RequestMappingHandlerMapping springs = mapping(new RequestMappingHandlerMapping());
        RequestMappingHandlerMapping pathFirst = mapping(new PathFirstHandlerMapping());
        List<MockHttpServletRequest> requests = List.of(
                request("POST", "/api/partnerships/p/proposals/q/votes", "application/json", null),
                request("POST", "/api/partnerships/p/proposals/q/votes", "text/plain", null),
                request("GET", "/api/partnerships/p/proposals/q/votes", null, null),
                request("DELETE", "/api/partnerships/p/proposals/q/votes", null, null),
                request("GET", "/api/partnerships/p/proposals/q", null, "application/json"),
                request("GET", "/api/partnerships/p/proposals/q", null, "text/csv"),
                request("GET", "/api/partnerships/p/proposals/q", null, "image/png"),
                request("PUT", "/api/partnerships/p/partners/a", "application/json", null),
                request("GET", "/api/partnerships/p/lessons", null, null),
                request("GET", "/api/elsewhere", null, null),
                request("POST", "/api/partnerships/p/proposals/q/votes/", "application/json", null),
                request("POST", "/api/partnerships/p//proposals/q/votes", "application/json", null),
                request("POST", "/api/partnerships/p/Proposals/q/votes", "application/json", null),
                request("POST", "/api/partnerships/p/propos%61ls/q/votes", "application/json", null),
                request("POST", "/api/partnerships/p/proposals;v=1/q/votes", "application/json", null),
                request("GET", "/", null, null));
        List<String> expected = List.of(
                "vote",
                "HttpMediaTypeNotSupportedException",
                "anythingElse",
                "HttpRequestMethodNotSupportedException",
                "proposal",
                "proposalAsCsv",
                "anythingElse",
                "none",
                "anythingElse",
                "none",
                "HttpRequestMethodNotSupportedException",
                "HttpRequestMethodNotSupportedException",
                "HttpRequestMethodNotSupportedException",
                "vote",
                "vote",
                "none");

        for (int i = 0; i < requests.size(); i++) {
            MockHttpServletRequest request = requests.get(i);
            String found = handlerOf(pathFirst, request);
            assertThat(found)
                    .as("%s %s", request.getMethod(), request.getRequestURI())
                    .isEqualTo(handlerOf(springs, request))
                    .isEqualTo(expected.get(i));
        }
    }

    @Test
    void triesAMappingsOtherConditionsOnlyWhenItsPathMatches() {
        MockHttpServletRequest vote =
                request("POST", "/api/partnerships/p/proposals/q/votes", "application/json", null);
        CountingMethod bySpring = new CountingMethod(vote);
        CountingMethod byPathFirst = new CountingMethod(vote);

        assertThat(handlerOf(mapping(new RequestMappingHandlerMapping()), bySpring))
                .isEqualTo("vote");
        assertThat(handlerOf(mapping(new PathFirstHandlerMapping()), byPathFirst))
                .isEqualTo("vote");

        // Spring MVC asks every mapping's method condition, and its media types' pre-flight checks, first.
        assertThat(byPathFirst.asked).isLessThan(bySpring.asked);
    }

    @Test
    void passesOverAMappingWhoseLiteralSegmentsOrNumberOfSegmentsDiffer() {
        PathFirstHandlerMapping.PatternSegments votes = segments("/api/partnerships/{id}/proposals/{proposal}/votes");
        PathFirstHandlerMapping.PatternSegments anything = segments("/api/partnerships/{id}/**");

        assertThat(votes.mayMatch(segmentsOf("/api/partnerships/p/proposals/q/votes")))
                .isTrue();
        assertThat(votes.mayMatch(segmentsOf("/api/partnerships/p/proposals/q")))
                .isFalse();
        assertThat(votes.mayMatch(segmentsOf("/api/partnerships/p/partners/q/votes")))
                .isFalse();
        assertThat(anything.mayMatch(segmentsOf("/api/partnerships/p/partners/q/votes")))
                .isTrue();
        // Where segments could tell wrong, the request's path has none to compare, and Spring MVC decides.
        assertThat(PathFirstHandlerMapping.segmentsOf(new MockHttpServletRequest("GET", "/api/partnerships/p/")))
                .isNull();
        assertThat(PathFirstHandlerMapping.segmentsOf(new MockHttpServletRequest("GET", "/api//partnerships")))
                .isNull();
    }

    private static PathFirstHandlerMapping.PatternSegments segments(String pattern) {
        return PathFirstHandlerMapping.PatternSegments.of(RequestMappingInfo.paths(pattern)
                .options(RequestMappingInfo.BuilderConfiguration.class.cast(configuration()))
                .build());
    }

    private static RequestMappingInfo.BuilderConfiguration configuration() {
        RequestMappingInfo.BuilderConfiguration configuration = new RequestMappingInfo.BuilderConfiguration();
        configuration.setPatternParser(PathPatternParser.defaultInstance);
        return configuration;
    }

    private static String[] segmentsOf(String path) {
        return PathFirstHandlerMapping.segmentsOf(new MockHttpServletRequest("POST", path));
    }

    /** A request that counts how often its method is asked for. */
    private static final class CountingMethod extends MockHttpServletRequest {
        int asked;

        CountingMethod(MockHttpServletRequest of) {
            super(of.getMethod(), of.getRequestURI());
            setContentType(of.getContentType());
            setContent(of.getContentAsByteArray());
        }

        @Override
        public String getMethod() {
            asked++;
            return super.getMethod();
        }
    }
}
