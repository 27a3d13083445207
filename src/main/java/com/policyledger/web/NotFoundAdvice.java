package com.policyledger.web;

import com.policyledger.review.FlagNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A missing flag or policy on a page is a 404 page with a sentence, not a stack trace. */
@ControllerAdvice(basePackages = {"com.policyledger.web.queue", "com.policyledger.web.policy",
        "com.policyledger.web.runs"})
class NotFoundAdvice {

    @ExceptionHandler({FlagNotFoundException.class, NotFoundException.class})
    ModelAndView notFound(RuntimeException e) {
        ModelAndView view = new ModelAndView("notfound");
        view.addObject("message", e.getMessage());
        view.setStatus(HttpStatus.NOT_FOUND);
        return view;
    }
}
