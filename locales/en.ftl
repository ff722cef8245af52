# Thi đua CCHC bot — English (second language). Every key of vi.ftl is here too.
