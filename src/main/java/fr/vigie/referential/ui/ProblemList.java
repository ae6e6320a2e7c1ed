package fr.vigie.referential.ui;

import java.util.List;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.vigie.referential.LoadProblem;

/** The problems of one referential file: where (line, column, field) and why. */
class ProblemList extends UnorderedList {

	ProblemList(List<LoadProblem> problems) {
		addClassName("problem-list");
		for (LoadProblem problem : problems) {
			Code where = new Code(Formats.where(this, problem));
			Span why = new Span(Formats.why(this, problem));
			ListItem item = new ListItem(where, new Span(" — "), why);
			item.addClassName("problem");
			add(item);
		}
	}

}
