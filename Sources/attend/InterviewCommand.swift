import ArgumentParser

/// `attend interview`: the guided return-to-work interview.
struct InterviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview", abstract: "Conduct a return-to-work interview: start (or resume) a draft, answer prompts, finish with sign-off.",
        subcommands: [InterviewStartCommand.self, InterviewAnswerCommand.self, InterviewFinishCommand.self, InterviewReopenCommand.self, InterviewVoidCommand.self])
}
