package org.roundtable.server.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The languages of the pages, English and Dutch: the browser's choice at first, then the one its user picks
 * with the switch on every page ({@value #SWITCH}), kept in a cookie.
 */
@Configuration(proxyBeanMethods = false)
class PageLocales implements WebMvcConfigurer {

    /** The query parameter of the language switch. */
    static final String SWITCH = "lang";

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"));

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("roundtable-language");
        resolver.setDefaultLocaleFunction(PageLocales::browserLanguage);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            /** A language the pages are not written in goes back to the browser's choice. */
            @Override
            protected Locale parseLocaleValue(String value) {
                Locale asked = super.parseLocaleValue(value);
                return asked != null && SUPPORTED.contains(Locale.forLanguageTag(asked.getLanguage()))
                        ? Locale.forLanguageTag(asked.getLanguage())
                        : null;
            }
        };
        change.setParamName(SWITCH);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }

    /** The first supported language the browser asks for, English when it asks for none of them. */
    private static Locale browserLanguage(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Language");
        if (accepted != null) {
            try {
                Locale chosen = Locale.lookup(Locale.LanguageRange.parse(accepted), SUPPORTED);
                if (chosen != null) {
                    return chosen;
                }
            } catch (IllegalArgumentException unreadable) {
                // a malformed header asks for nothing in particular
            }
        }
        return Locale.ENGLISH;
    }
}
