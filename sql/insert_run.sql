INSERT INTO runs VALUES (
    $run_id, $command, $tool_version, $started, $finished, $inputs, $config_hash,
    $configuration, $shards, $documents, $facts, $skipped, $facts_files, $ignored_files
);
