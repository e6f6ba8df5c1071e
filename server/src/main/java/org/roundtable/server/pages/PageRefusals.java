package org.roundtable.server.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.roundtable.api.ErrorCode;
import org.roundtable.server.web.InputProblem;
import org.roundtable.server.web.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Shows a page's refusals in plain words, in the user's language: the same refusals as the API's (a closed
 * proposal, a stale contract version, a partner the user does not act for), never a JSON body or a stack
 * trace. A refused act sends the browser back to the page it was sent from, with the reason above its
 * forms; a refused read shows the reason on a page of its own with the refusal's status.
 */
@ControllerAdvice(basePackageClasses = PageRefusals.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageRefusals {

    /** The flash attribute that carries a refused act's reason to the page it goes back to. */
    static final String REFUSED = "refused";

    private static final Logger log = LoggerFactory.getLogger(PageRefusals.class);

    private final MessageSource messages;

    PageRefusals(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView refuse(Exception failure, HttpServletRequest request, HttpServletResponse response) {
        Optional<Refusal> refusal = Refusal.of(failure).or(() -> input(failure));
        if (refusal.isEmpty()) {
            log.error("Page {} {} failed", request.getMethod(), request.getRequestURI(), failure);
        }
        Locale locale = RequestContextUtils.getLocale(request);
        String reason = refusal.map(refused -> inPlainWords(refused, locale))
                .orElseGet(() -> messages.getMessage("refusal.fault", null, locale));
        if (!"GET".equals(request.getMethod()) && refusal.isPresent()) {
            RequestContextUtils.getOutputFlashMap(request).put(REFUSED, reason);
            return new ModelAndView("redirect:" + sentFrom(request));
        }
        HttpStatus status = refusal.map(Refusal::status).orElse(HttpStatus.INTERNAL_SERVER_ERROR);
        ModelAndView page = new ModelAndView("refused", status);
        page.addObject("reason", reason);
        page.addObject("status", status.value());
        return page;
    }

    /** A form field left out or not of its type: the refusal the API makes of the same input. */
    private static Optional<Refusal> input(Exception failure) {
        InputProblem problem = failure instanceof MissingServletRequestParameterException missing
                ? InputProblem.of(missing)
                : failure instanceof TypeMismatchException mismatch ? InputProblem.of(mismatch) : null;
        return Optional.ofNullable(problem)
                .map(input ->
                        new Refusal(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_VALUE, input.field(), input.detail()));
    }

    /**
     * The refusal's own words, which are English, or their translation: a language other than English has a
     * sentence for each kind of refusal ({@code refusal.<CODE>}) where one has been written.
     */
    private String inPlainWords(Refusal refusal, Locale locale) {
        if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return refusal.detail();
        }
        return messages.getMessage("refusal." + refusal.code().name(), null, refusal.detail(), locale);
    }

    /** The page that sent the refused form, when it is one of this server's; else the list of partnerships. */
    private static String sentFrom(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI page = URI.create(referer);
                if (request.getServerName().equals(page.getHost()) && page.getRawPath() != null) {
                    return page.getRawPath();
                }
            } catch (IllegalArgumentException unreadable) {
                // not a page of this server
            }
        }
        return PagePaths.HOME;
    }
}
