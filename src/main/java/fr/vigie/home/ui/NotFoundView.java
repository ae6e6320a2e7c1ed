package fr.vigie.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for unknown pages and for pages the user's roles do not allow: the same answer
 * for both, so that a user cannot probe which screens exist.
 */
@AnonymousAllowed
class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		removeAll();
		addClassName("page");
		add(new H1(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound.message")),
				new Anchor("", getTranslation("error.notFound.home")));
		return HttpServletResponse.SC_NOT_FOUND;
	}

}
