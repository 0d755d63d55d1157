package io.supportdesk.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import io.supportdesk.shared.Conflict;
import io.supportdesk.shared.InvalidInput;
import io.supportdesk.shared.NotFound;

/** Failures of portal and console pages as error pages in the shell (the API has its own handler). */
@ControllerAdvice(annotations = Controller.class)
class WebExceptionHandler {

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound() {
		return page(HttpStatus.NOT_FOUND, "error.notFound");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden() {
		return page(HttpStatus.FORBIDDEN, "error.forbidden");
	}

	@ExceptionHandler({ InvalidInput.class, Conflict.class })
	ModelAndView invalid(RuntimeException ex) {
		ModelAndView page = page(HttpStatus.BAD_REQUEST, "error.invalid");
		page.addObject("detail", ex.getMessage());
		return page;
	}

	private static ModelAndView page(HttpStatus status, String messageKey) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("messageKey", messageKey);
		return page;
	}
}
