package loa.app;

import picocli.CommandLine.Command;

@Command(name = "loa", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Outbound voice campaigns: calling windows, VoiceXML dialogs, one SMS per consenting subscriber.",
        subcommands = {ImportCommand.class, SuppressCommand.class, PlanCommand.class, ServeCommand.class,
                DialogUrlCommand.class, HarnessCommand.class, RunCommand.class, ValidateCommand.class, RedisCommand.class,
                ControlCommands.Pause.class, ControlCommands.Resume.class, ControlCommands.Stop.class, LimitsCommand.class, StatusCommand.class, RetriesCommand.class,
                SampleAudienceCommand.class, SmsCommand.class})
final class LoaCommand {
}
