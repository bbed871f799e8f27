package de.mitwirken.web.board;

import de.mitwirken.board.boundary.CallView;
import de.mitwirken.board.boundary.PublicBoard;
import de.mitwirken.web.frame.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One call for applications, public: what it is for, the seats per constituency and how to apply. */
@Named
@RequestScoped
public class CallBean {

    @Inject
    PublicBoard board;

    private CallView call;

    @PostConstruct
    void load() {
        call = Pages.byIdOr404("id", board::call);
    }

    public CallView getCall() {
        return call;
    }
}
