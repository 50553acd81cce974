"""The Programme page: the exercise programme a physiotherapist prescribes, its versions,
adherence, progression proposals and the large-print handout."""
