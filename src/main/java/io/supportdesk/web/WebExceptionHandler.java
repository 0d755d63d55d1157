package io.supportdesk.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotEntitled;
import io.supportdesk.shared.NotFound;
import io.supportdesk.shared.Refused;
import io.supportdesk.shared.Unprocessable;

/**
 * Failures of portal and console pages as error pages in the shell (the API has its own handler); a
 * refusal's reason is shown in the reader's language.
 */
@ControllerAdvice(annotations = Controller.class)
class WebExceptionHandler {

	private final ShellModel shell;

	private final MessageSource messages;

	WebExceptionHandler(ShellModel shell, MessageSource messages) {
		this.shell = shell;
		this.messages = messages;
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(HttpServletRequest request) {
		return page(request, HttpStatus.NOT_FOUND, "error.notFound");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(HttpServletRequest request) {
		return page(request, HttpStatus.FORBIDDEN, "error.forbidden");
	}

	@ExceptionHandler(NotEntitled.class)
	ModelAndView notEntitled(HttpServletRequest request, NotEntitled ex) {
		ModelAndView page = page(request, HttpStatus.FORBIDDEN, "error.notEntitled");
		page.addObject("detail", inReadersLanguage(ex));
		page.addObject("upgrade", NotEntitled.UPGRADE_INFORMATION);
		return page;
	}

	@ExceptionHandler({ InvalidInput.class, Conflict.class, Unprocessable.class })
	ModelAndView invalid(HttpServletRequest request, Refused ex) {
		ModelAndView page = page(request, HttpStatus.BAD_REQUEST, "error.invalid");
		page.addObject("detail", inReadersLanguage(ex));
		return page;
	}

	/** The refusal's reason in the page's language (its English text where a translation is missing). */
	private String inReadersLanguage(Refused ex) {
		return messages.getMessage(ex.refusal(), LocaleContextHolder.getLocale());
	}

	/** Two changes of the same thing at once, or a constraint refusing a race: nothing was written. */
	@ExceptionHandler({ ConcurrencyFailureException.class, DataIntegrityViolationException.class })
	ModelAndView concurrentChange(HttpServletRequest request) {
		return page(request, HttpStatus.CONFLICT, "error.concurrentChange");
	}

	/** An error page in the shell (exception handlers do not get the advice's model attributes by themselves). */
	private ModelAndView page(HttpServletRequest request, HttpStatus status, String messageKey) {
		ModelAndView page = new ModelAndView("error");
		page.addObject("shell", shell.shell(request));
		page.addObject("navigation", shell.navigation(request));
		page.addObject("me", shell.me());
		page.addObject("currentPath", shell.currentPath(request));
		page.addObject("languages", shell.languages());
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("messageKey", messageKey);
		return page;
	}
}
