package parproc.grader.gradebook;

/** A person who handed a submission in, as a Gradescope export names them; fields may be empty. */
public record Submitter(String name, String sid, String email) {

  public Submitter {
    name = name == null ? "" : name;
    sid = sid == null ? "" : sid;
    email = email == null ? "" : email;
  }
}
