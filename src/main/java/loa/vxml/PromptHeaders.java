package loa.vxml;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Prompts may be cached by voice browsers, for a short while: they revalidate with the ETag and
 * Last-Modified the default servlet sends, so an edited prompt is heard within minutes.
 */
final class PromptHeaders implements Filter {
    static final String CACHE_CONTROL = "public, max-age=300";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ((HttpServletResponse) response).setHeader("Cache-Control", CACHE_CONTROL);
        chain.doFilter(request, response);
    }
}
