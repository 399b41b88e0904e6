package dev.claimcheck.load;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Base of the readers of one kind of facts file: the YAML mapper and where input may come from. */
abstract class YamlFileReader {
    final ObjectMapper mapper;
    final InputFiles files;

    YamlFileReader(ObjectMapper mapper, InputFiles files) {
        this.mapper = mapper;
        this.files = files;
    }
}
